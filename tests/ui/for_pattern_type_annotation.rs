// A `for` pattern typed as a `let` would be: the clause takes no type
// annotation, and the message says so at the `:`.
use comprehensions::comp;

struct Order {
    total: u32,
}

fn main() {
    let orders = vec![Order { total: 3 }];
    let totals = comp![o.total for o: &Order in &orders];
    let _ = totals;
}
