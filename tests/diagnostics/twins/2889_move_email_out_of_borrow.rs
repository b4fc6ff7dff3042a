//! mistake: moved each order's `String` email out while iterating the orders by reference
//! offending: o.customer_email
//! category: ownership
struct Order {
    customer_email: String,
    marketing_opt_in: bool,
}

fn send_newsletter(to: Vec<String>) {
    println!("sending to {} customers", to.len());
}

fn main() {
    let orders = vec![
        Order { customer_email: "a@shop.test".into(), marketing_opt_in: true },
        Order { customer_email: "b@shop.test".into(), marketing_opt_in: false },
    ];
    let mut emails = Vec::new();
    for o in &orders {
        if o.marketing_opt_in {
            emails.push(o.customer_email);
        }
    }
    send_newsletter(emails);
    println!("{}", orders.len());
}
