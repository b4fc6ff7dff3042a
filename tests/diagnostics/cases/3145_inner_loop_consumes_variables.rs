//! mistake: an inner `for` consumes the `variables` Vec by value, once per station
//! offending: variables
//! category: ownership
use comprehensions::comp;

fn main() {
    let stations = vec!["KDEN", "KCOS", "KPUB"];
    let variables: Vec<String> = vec!["tmax".into(), "tmin".into(), "prcp".into()];
    let requests = comp![format!("/v1/{s}/{v}") for s in &stations for v in variables];
    println!("{} requests: {requests:?}", requests.len());
}
