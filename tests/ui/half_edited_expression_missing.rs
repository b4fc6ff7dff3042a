use comprehensions::comp;

fn main() {
    let xs = vec![1i32, 2, 3];
    let words = vec!["a", "bbbb"];
    // The value before Python's `if` deleted: `n if n % 2 == 0 else -n`.
    let _ = comp![if n % 2 == 0 else -n for n in &xs];
    // `if` typed twice.
    let _ = comp![w for w in &words if if w.len() > 3];
    // The iterable deleted.
    let _ = comp![x for x in else];
}
