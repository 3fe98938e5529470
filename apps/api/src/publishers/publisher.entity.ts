import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('publishers')
export class PublisherEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { array: true }) regions!: string[];
  @Column('text', { nullable: true }) website!: string | null;
  @Column('text') status!: 'pending' | 'approved';
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('publisher_members')
export class PublisherMemberEntity {
  @PrimaryColumn('uuid', { name: 'publisher_id' }) publisherId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
