//! mistake: converted f64 Celsius to Fahrenheit with integer literals `c * 9 / 5 + 32`
//! offending: c * 9
//! category: type
struct Probe {
    name: &'static str,
    celsius: f64,
}

fn main() {
    let probes = vec![Probe { name: "inlet", celsius: 18.5 }, Probe { name: "outlet", celsius: 27.25 }];
    let mut fahrenheit = Vec::new();
    for p in &probes {
        let c = p.celsius;
        fahrenheit.push((p.name, c * 9 / 5 + 32));
    }
    println!("{fahrenheit:?}");
}
