//! mistake: Python's str(n) to stringify
//! offending: str(n)
//! category: python-habit
fn main() {
    let ids = vec![17u32, 4, 256];
    let keys: Vec<String> = ids.iter().map(|n| str(n)).collect();
    println!("{}", keys.join(","));
}
