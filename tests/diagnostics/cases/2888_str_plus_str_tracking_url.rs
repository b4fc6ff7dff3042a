//! mistake: concatenated two `&str`s with `+` to build a tracking URL, as in Python
//! offending: "https://track.example.com/" + p.tracking_no
//! category: type
use comprehensions::comp;

struct Parcel {
    tracking_no: &'static str,
    carrier: &'static str,
}

fn main() {
    let parcels = [Parcel { tracking_no: "ZX81", carrier: "ups" }, Parcel { tracking_no: "QL12", carrier: "dhl" }];
    let urls: Vec<String> = comp!["https://track.example.com/" + p.tracking_no for p in &parcels if p.carrier == "ups"];
    println!("{urls:?}");
}
