/**
 * Test fixtures for the enrollment routes: a submission each seeded family would send, with the
 * verified values filled in as the client backfills them (FAQ 5) and the rest typed by hand.
 */
import type { EnrollmentAnswers, MaterialUploads, SubmitEnrollment, UploadRef } from '../types';
import { saveUpload } from './model/uploads';
import type { GatewayState } from './model/state';
import { seedChildOf } from './seed/children';
import { FAMILY_RECORDS, SEED_ADDRESSES } from './seed/department-records';
import { findSeedParent } from './seed/parents';

const NUMERIC = new Set(['residence.sharePercent', 'migrant.socialInsuranceMonths']);

function setPath(target: Record<string, unknown>, path: string, wire: string): void {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node = target;
  for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
  const flag = wire === 'true' ? true : wire === 'false' ? false : wire;
  node[last] = NUMERIC.has(path) ? Number(wire) : flag;
}

function manualAnswers(parentId: string): EnrollmentAnswers {
  const child = seedChildOf(parentId);
  const parent = findSeedParent(parentId);
  if (!child || !parent) throw new Error(`no seeded family ${parentId}`);
  const migrant = parentId === 'p-migrant-worker';
  const { name, idNumber, birthDate, sex } = child;
  // GB 11643: an odd 17th digit is a man's number.
  const role = Number(parent.idNumber.charAt(16)) % 2 === 1 ? 'father' : 'mother';
  return {
    child: {
      name,
      idNumber,
      birthDate,
      sex,
      idType: 'resident-id',
      ethnicity: '01',
      contactMobile: parent.mobile,
    },
    guardian: { applicantRole: role, otherParent: null },
    household: migrant
      ? {
          head: 'father',
          headName: parent.name,
          address: SEED_ADDRESSES.migrantHome,
          inDowntown: false,
        }
      : {
          head: 'father',
          headName: parent.name,
          address: SEED_ADDRESSES.shizhong,
          inDowntown: true,
        },
    residence: migrant
      ? { kind: 'rented', address: SEED_ADDRESSES.tianqiao }
      : {
          kind: 'owned',
          certificateType: 'real-estate-certificate',
          certificateNumber: '鲁（2022）济南市不动产权第0000099号',
          owner: 'mother',
          ownerName: parent.name,
          address: SEED_ADDRESSES.shizhong,
          sharePercent: 100,
        },
    migrant: migrant
      ? {
          residencePermitNumber: '3701052021000005',
          livelihood: 'employed',
          employerOrLicence: '济南样例物流有限公司',
          socialInsuranceMonths: 14,
        }
      : null,
    schoolId: '',
  };
}

/** The answers a seeded family submits: manual answers overwritten by every verified value. */
export function answersFor(parentId: string): EnrollmentAnswers {
  const answers = manualAnswers(parentId);
  const records = FAMILY_RECORDS[parentId]?.found ?? {};
  for (const record of Object.values(records)) {
    for (const [path, wire] of Object.entries(record.values)) {
      setPath(answers as unknown as Record<string, unknown>, path, wire);
    }
  }
  const { residence } = answers;
  answers.schoolId = residence.address.includes('历下区') ? 's-lixia-1' : 's-shizhong-1';
  if (residence.address.includes('槐荫区')) answers.schoolId = 's-huaiyin-1';
  if (residence.address.includes('天桥区')) answers.schoolId = 's-tianqiao-1';
  return answers;
}

/** An upload reference as the upload store answers it. */
export function uploadRef(id: string): UploadRef {
  return {
    id,
    bytes: 900_000,
    width: 2480,
    height: 3508,
    sha256: 'a'.repeat(64),
    mimeType: 'image/jpeg',
  };
}

/**
 * Keeps every photo of `materials` in the upload store as this parent's, as if uploaded before
 * the submission, and answers the same materials.
 */
export function uploadedBy(
  state: GatewayState,
  parentId: string,
  materials: MaterialUploads,
): MaterialUploads {
  for (const refs of Object.values(materials)) {
    for (const ref of refs ?? []) saveUpload(state, { ...ref, parentId, uploadedAt: 0 });
  }
  return materials;
}

/** A complete submission for a seeded family, citing a verification job when given. */
export function submissionFor(
  parentId: string,
  verificationId: string | null,
  materials: SubmitEnrollment['materials'] = {},
): SubmitEnrollment {
  return {
    subsystem: 'enrollment',
    answers: answersFor(parentId),
    verificationId,
    disputedFields: [],
    declaration: { accepted: true, textVersion: '2022.1', acceptedAt: '2022-07-05T10:00:00+08:00' },
    materials,
  };
}
