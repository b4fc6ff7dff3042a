//! mistake: Python's `return a if show_all else b` between two iterator chains
//! offending: if show_all
//! category: syntax

struct Item {
    name: String,
    hidden: bool,
}

fn visible(items: &[Item], show_all: bool) -> Vec<String> {
    return items.iter().map(|i| i.name.clone()).collect() if show_all else items.iter().filter(|i| !i.hidden).map(|i| i.name.clone()).collect();
}

fn main() {
    let items = vec![Item { name: "a".into(), hidden: false }, Item { name: "b".into(), hidden: true }];
    println!("{:?}", visible(&items, false));
}
