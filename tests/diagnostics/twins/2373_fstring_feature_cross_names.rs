//! mistake: named the crossed feature columns with a Python f-string
//! offending: f"{a}_x_{b}"
//! category: python-habit
fn main() {
    let columns = vec!["age".to_string(), "income".to_string(), "tenure".to_string()];
    let mut crosses = Vec::new();
    for a in &columns {
        for b in &columns {
            if a < b {
                crosses.push(f"{a}_x_{b}");
            }
        }
    }
    println!("{crosses:?}");
}
