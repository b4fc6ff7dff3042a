//! mistake: Python's float literal `.5` without its leading zero (Python: `[x * .5 for x in xs]`)
//! offending: .5
//! category: python-habit
fn main() {
    let xs: Vec<f64> = vec![1.0, 2.0, 3.0];
    let halves: Vec<f64> = xs.iter().map(|x| x * .5).collect();
    println!("{halves:?}");
}
