import { useFormContext } from 'react-hook-form';
import {
  ASSETS, COOKING_FUELS, FLOORS, INCOME_BANDS, LIGHTINGS, ROOFS, TENURES, TOILETS, WALLS, WATER_SOURCES,
} from '../../../shared/household/options';
import { Field } from '../ui/Field';
import { OptionList } from '../ui/OptionList';
import { emptyToNull } from './form-types';
import type { HouseholdFormValues } from './form-types';

const SELECTS = [
  ['floor', 'Jenis lantai terluas', FLOORS.labels],
  ['wall', 'Jenis dinding terluas', WALLS.labels],
  ['roof', 'Jenis atap terluas', ROOFS.labels],
  ['waterSource', 'Sumber air minum', WATER_SOURCES.labels],
  ['lighting', 'Sumber penerangan', LIGHTINGS.labels],
  ['cookingFuel', 'Bahan bakar memasak', COOKING_FUELS.labels],
  ['toilet', 'Fasilitas buang air besar', TOILETS.labels],
  ['landTenure', 'Status lahan', TENURES.labels],
  ['houseTenure', 'Status bangunan', TENURES.labels],
  ['incomeBand', 'Penghasilan keluarga', INCOME_BANDS.labels],
] as const;

export function HousingFields() {
  const { register, formState } = useFormContext<HouseholdFormValues>();
  const errors = formState.errors.housing;
  return (
    <fieldset>
      <legend>Kondisi rumah dan sosial ekonomi</legend>
      <div className="grid-4">
        {SELECTS.map(([name, label, labels]) => (
          <Field key={name} id={`housing-${name}`} label={label} error={errors?.[name]?.message}>
            <select id={`housing-${name}`} {...register(`housing.${name}`, { setValueAs: emptyToNull })}>
              <OptionList labels={labels} empty="— belum diisi —" />
            </select>
          </Field>
        ))}
      </div>
      <div className="field field-wide">
        <span className="label">Aset yang dimiliki</span>
        <div className="check-row">
          {Object.entries(ASSETS.labels).map(([code, label]) => (
            <label key={code}>
              <input type="checkbox" value={code} {...register('housing.assets')} /> {label}
            </label>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
