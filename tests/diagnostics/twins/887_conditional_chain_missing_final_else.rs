//! mistake: an `if .. else if ..` chain used as a value whose last `else` was left out
//! offending: if s > 50 { "mid" }
//! category: python-habit
fn main() {
    let scores = vec![95, 60, 10];
    let bands: Vec<&str> = scores.into_iter().map(|s| if s > 80 { "high" } else if s > 50 { "mid" }).collect();
    println!("{bands:?}");
}
