import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { oneOf } from "../text";

/** The Guidance's 19 orientations (导向), as the i18n files key their names. */
const ORIENTATIONS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19"] as const;

/** The name of a Guidance orientation in the UI language ("加强土地集约利用"); the number for one the Guidance does not have. */
export const useOrientationName = () => {
  const { t } = useTranslation();
  return useCallback(
    (n: number): string => {
      const key = oneOf(ORIENTATIONS, String(n));
      return key ? t(`evaluation.indicators.orientationNames.${key}`) : String(n);
    },
    [t],
  );
};
