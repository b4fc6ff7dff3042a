//! mistake: used Python's floor division `//` to turn byte offsets into word indices (a comment in Rust)
//! offending: //
//! category: python-habit
use comprehensions::comp;

fn main() {
    let jump_targets: Vec<usize> = vec![0, 12, 40, 64];
    let words = comp![off // 4 for off in &jump_targets];
    println!("{words:?}");
}
