//! mistake: Python's builtin min(v, 255) as a free function (Rust: v.min(255) or std::cmp::min)
//! offending: min
//! category: python-habit
use comprehensions::comp;

fn main() {
    let raw: Vec<u32> = vec![12, 300, 255, 999, 0];
    // Python: clamped = [min(v, 255) for v in raw]
    let clamped: Vec<u32> = comp![min(v, 255) for v in raw];
    println!("{:?}", clamped);
}
