//! mistake: expects Python 3's true division: an `i32` sum divided by an `i32` length, collected as `f64` means (Python: `[sum(r) / len(r) for r in scores]`)
//! offending: row.iter().sum::<i32>() / row.len() as i32
//! category: python-habit
use comprehensions::comp;

fn main() {
    let scores: Vec<Vec<i32>> = vec![vec![70, 85, 90], vec![60, 75]];
    let means: Vec<f64> = comp![row.iter().sum::<i32>() / row.len() as i32 for row in &scores];
    println!("{means:?}");
}
