// `move` written as an option, and a lazy form with a `key: value`
// element (Python has no such generator; pairs are tuples).
use comprehensions::comp;

fn main() {
    let xs = vec![1, 2];
    let k = 3;
    let _ = comp!((x * k for x in xs.clone()); move);
    let names = ["a", "bb"];
    let _ = comp!((n: n.len() for n in names));
}
