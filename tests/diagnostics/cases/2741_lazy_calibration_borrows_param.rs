//! mistake: returned a lazy calibration iterator that borrows the `gain` parameter, without `move`
//! offending: gain
//! category: ownership
use comprehensions::comp;

fn calibrated(raw: &[i16], gain: f64) -> impl Iterator<Item = f64> + '_ {
    comp!((f64::from(*r) * gain for r in raw))
}

fn main() {
    let raw_counts: Vec<i16> = vec![512, -40, 1020];
    let volts: Vec<f64> = calibrated(&raw_counts, 0.0032).collect();
    println!("{volts:?}");
}
