//! mistake: wrote the middle branch of the GC-skew conditional as the integer `-1` among `f64` branches
//! offending: -1
//! category: type

fn main() {
    let window = "GGCATGCCGCGTAC";
    let skew: Vec<f64> = window
        .chars()
        .map(|b| if b == 'G' { 1.0 } else if b == 'C' { -1 } else { 0.0 })
        .collect();
    let cumulative: Vec<f64> = skew
        .iter()
        .scan(0.0, |acc, s| {
            *acc += s;
            Some(*acc)
        })
        .collect();
    println!("{cumulative:?}");
}
