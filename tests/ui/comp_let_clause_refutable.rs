// A refutable pattern in a `let` clause: rustc's own error, on the
// pattern, its `let .. else` help in the user's clause (not in this crate).
use comprehensions::comp;

fn main() {
    let fields = vec!["1", "x"];
    let _nums: Vec<i32> = comp![n for s in &fields let Ok(n) = s.parse::<i32>()];
}
