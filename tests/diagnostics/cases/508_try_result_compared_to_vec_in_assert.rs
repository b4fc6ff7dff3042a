//! mistake: a `?` comprehension compared with a plain `vec![..]` in `assert_eq!`, forgetting it is a Result
//! offending: vec![1, 2]
//! category: type
use comprehensions::comp;

fn main() {
    let cells = ["1", "2"];
    assert_eq!(comp![s.parse::<i32>()? for s in cells], vec![1, 2]);
}
