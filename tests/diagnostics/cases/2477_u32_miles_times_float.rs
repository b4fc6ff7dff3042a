//! mistake: converted integer miles to km by multiplying a `u32` by `1.609`
//! offending: l.miles * 1.609
//! category: type
use comprehensions::comp;

struct Leg {
    code: &'static str,
    miles: u32,
}

fn legs() -> Vec<Leg> {
    vec![Leg { code: "LYS-DIJ", miles: 120 }, Leg { code: "DIJ-CDG", miles: 195 }]
}

fn main() {
    let all = legs();
    let km = comp![(l.code, l.miles * 1.609) for l in &all];
    println!("{km:?}");
}
