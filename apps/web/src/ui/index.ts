export { Alert } from './alert';
export { Button, ButtonLink } from './button';
export { FormAlert } from './form-alert';
export { Loading } from './loading';
export { PageTitle } from './page-title';
export { SelectField } from './select-field';
export { TextField } from './text-field';
