//! mistake: Python's try/except int(s) turned into `if let Ok(n) = s.parse()` without a target type
//! offending: s.parse()
//! category: try
fn main() {
    let raw = vec!["10", "n/a", "32"];
    let mut nums = Vec::new();
    for s in &raw {
        if let Ok(n) = s.parse() {
            nums.push(n);
        }
    }
    println!("{}", nums.len());
}
