//! mistake: left a `let tax = ..` clause whose binding the element never uses (the element was meant to add it)
//! offending: tax
//! category: lint
struct Order {
    total: f64,
}

fn main() {
    let orders = vec![Order { total: 10.0 }, Order { total: 20.0 }];
    let mut gross = Vec::new();
    for o in &orders {
        let tax = o.total * 0.2;
        gross.push(o.total);
    }
    println!("{gross:?}");
}
