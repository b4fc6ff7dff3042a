//! mistake: used `?` on `index.get(..)` (an `Option`) in a function returning `Result<_, String>`
//! offending: index.get(*t)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn posting_lengths(index: &HashMap<String, Vec<u32>>, terms: &[&str]) -> Result<Vec<usize>, String> {
    comp![index.get(*t)?.len() for t in terms]
}

fn main() {
    let mut index: HashMap<String, Vec<u32>> = HashMap::new();
    index.insert("rust".into(), vec![1, 2, 5]);
    println!("{:?}", posting_lengths(&index, &["rust", "zig"]));
}
