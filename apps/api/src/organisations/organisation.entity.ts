import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'kvk_number', nullable: true }) kvkNumber!: string | null;
  @Column('text') sector!: string;
  @Column('text') region!: string;
  @Column('integer') employees!: number;
  /** The owners want one mail when a group offer answers a weak spot shared in the region. */
  @Column('boolean', { name: 'group_offer_mail', default: false }) groupOfferMail!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  /** Set when an owner asked to erase it: erased at this moment unless an owner undoes it. */
  @Column({ type: 'timestamptz', name: 'erase_after', nullable: true, insert: false, update: false }) eraseAfter!: Date | null;
}

@Entity('organisation_members')
export class OrganisationMemberEntity {
  @PrimaryColumn('uuid', { name: 'organisation_id' }) organisationId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') role!: 'owner';
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
