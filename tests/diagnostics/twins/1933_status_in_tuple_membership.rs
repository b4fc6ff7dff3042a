//! mistake: kept Python's `o.status in ("paid", "shipped")` membership test on a `String` field
//! offending: in ("paid", "shipped")
//! category: python-habit
struct Order {
    id: u32,
    status: String,
}

fn main() {
    let orders = vec![Order { id: 1, status: "paid".into() }, Order { id: 2, status: "new".into() }];
    let mut billable = Vec::new();
    for o in &orders {
        if o.status in ("paid", "shipped") {
            billable.push(o.id);
        }
    }
    println!("{billable:?}");
}
