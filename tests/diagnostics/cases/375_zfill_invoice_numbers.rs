//! mistake: Python's str.zfill(6) to zero-pad invoice numbers (Rust: format!("{:06}", i))
//! offending: zfill
//! category: python-habit
use comprehensions::comp;

fn main() {
    let ids: Vec<u32> = vec![42, 1337, 7];
    // Python: padded = [str(i).zfill(6) for i in ids]
    let padded: Vec<String> = comp![i.to_string().zfill(6) for i in &ids];
    println!("{:?}", padded);
}
