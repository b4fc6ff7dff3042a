//! mistake: kept `&str`s borrowed from the temporary `to_uppercase()` strings
//! offending: o.customer.to_uppercase()
//! category: ownership
use comprehensions::comp;

struct Order {
    customer: String,
}

fn main() {
    let orders = vec![Order { customer: "ana".into() }, Order { customer: "raj".into() }];
    let bag_labels: Vec<&str> = comp![o.customer.to_uppercase().as_str() for o in &orders];
    for l in &bag_labels {
        println!("{l}");
    }
}
