//! mistake: casts the borrowed count `c: &u32` with `as f64` when normalising a histogram (Python: `[c / total for c in hist]`)
//! offending: c as f64
//! category: type
fn main() {
    let hist: Vec<u32> = vec![3, 7, 12, 5, 1];
    let total = hist.iter().sum::<u32>() as f64;
    let density: Vec<f64> = hist.iter().map(|c| c as f64 / total).collect();
    println!("{density:?}");
}
