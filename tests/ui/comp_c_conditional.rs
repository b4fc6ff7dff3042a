// C's conditional `c ? a : b`: one error that says to write Python's.
use comprehensions::comp;

fn main() {
    let deltas = vec![3, -1];
    let _signs: Vec<&str> = comp![x >= 0 ? "+" : "-" for x in deltas];
}
