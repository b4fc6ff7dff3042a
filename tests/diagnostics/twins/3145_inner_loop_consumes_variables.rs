//! mistake: an inner `for` consumes the `variables` Vec by value, once per station
//! offending: variables
//! category: ownership

fn main() {
    let stations = vec!["KDEN", "KCOS", "KPUB"];
    let variables: Vec<String> = vec!["tmax".into(), "tmin".into(), "prcp".into()];
    let mut requests = Vec::new();
    for s in &stations {
        for v in variables {
            requests.push(format!("/v1/{s}/{v}"));
        }
    }
    println!("{} requests: {requests:?}", requests.len());
}
