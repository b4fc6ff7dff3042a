//! mistake: returned a list of payment `Result`s where the function promises a `Result` of the list (forgot `?`)
//! offending: comp![refund(p) for p in payments]
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct PayError(String);

#[derive(Debug)]
struct Refund {
    payment_id: String,
    cents: u64,
}

fn refund(payment_id: &String) -> Result<Refund, PayError> {
    if payment_id.starts_with("pi_") {
        Ok(Refund { payment_id: payment_id.clone(), cents: 1000 })
    } else {
        Err(PayError(format!("unknown payment {payment_id}")))
    }
}

fn refund_all(payments: &[String]) -> Result<Vec<Refund>, PayError> {
    comp![refund(p) for p in payments]
}

fn main() {
    let payments = vec!["pi_123".to_string(), "ch_old".to_string()];
    println!("{:?}", refund_all(&payments));
}
