//! mistake: named the crossed feature columns with a Python f-string
//! offending: f"{a}_x_{b}"
//! category: python-habit
use comprehensions::comp;

fn main() {
    let columns = vec!["age".to_string(), "income".to_string(), "tenure".to_string()];
    let crosses = comp![f"{a}_x_{b}" for a in &columns for b in &columns if a < b];
    println!("{crosses:?}");
}
