//! mistake: kept `&str`s borrowed from the temporary `to_uppercase()` strings
//! offending: o.customer.to_uppercase()
//! category: ownership
struct Order {
    customer: String,
}

fn main() {
    let orders = vec![Order { customer: "ana".into() }, Order { customer: "raj".into() }];
    let mut bag_labels: Vec<&str> = Vec::new();
    for o in &orders {
        bag_labels.push(o.customer.to_uppercase().as_str());
    }
    for l in &bag_labels {
        println!("{l}");
    }
}
