/** A progress bar on stderr for long CLI runs; plain lines when stderr is not a terminal. */
export function progressBar(label: string): (done: number, total: number) => void {
  const started = Date.now();
  let lastTenth = -1;
  return (done, total) => {
    const share = total ? done / total : 1;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(share * 100)}% ${done}/${total}  ${seconds} s`);
      if (done >= total) process.stderr.write('\n');
    } else {
      const tenth = Math.floor(share * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        process.stderr.write(`${label} ${Math.round(share * 100)}% ${done}/${total} ${seconds} s\n`);
      }
    }
  };
}
