//! mistake: Python's `return [..] if show_all else [..]` with the conditional written between two `comp!` calls, outside any macro, where Rust has no such expression
//! offending: if show_all
//! category: syntax
use comprehensions::comp;

struct Item {
    name: String,
    hidden: bool,
}

fn visible(items: &[Item], show_all: bool) -> Vec<String> {
    return comp![i.name.clone() for i in items] if show_all else comp![i.name.clone() for i in items if !i.hidden];
}

fn main() {
    let items = vec![Item { name: "a".into(), hidden: false }, Item { name: "b".into(), hidden: true }];
    println!("{:?}", visible(&items, false));
}
