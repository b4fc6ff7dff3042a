//! mistake: Python's True/False in a conditional element
//! offending: True
//! category: python-habit
fn main() {
    let temps = vec![18, 25, 31];
    let hot: Vec<bool> = temps.into_iter().map(|t| if t > 24 { True } else { False }).collect();
    println!("{hot:?}");
}
