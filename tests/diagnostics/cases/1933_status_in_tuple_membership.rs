//! mistake: kept Python's `o.status in ("paid", "shipped")` membership test on a `String` field
//! offending: in ("paid", "shipped")
//! category: python-habit
use comprehensions::comp;

struct Order {
    id: u32,
    status: String,
}

fn main() {
    let orders = vec![Order { id: 1, status: "paid".into() }, Order { id: 2, status: "new".into() }];
    let billable = comp![o.id for o in &orders if o.status in ("paid", "shipped")];
    println!("{billable:?}");
}
