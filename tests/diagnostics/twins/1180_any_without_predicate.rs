//! mistake: `.any()` without a predicate on an iterator of bools
//! offending: any()
//! category: python-habit

fn main() {
    let temps = vec![3.5, -1.0, 7.25];
    let has_frost = temps.iter().map(|t| *t < 0.0).any();
    println!("{has_frost}");
}
