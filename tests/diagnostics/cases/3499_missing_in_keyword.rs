//! mistake: left out `in` between the loop pattern and the iterable
//! offending: probes.iter()
//! category: syntax
use comprehensions::comp;

struct Probe {
    url: String,
    ok: bool,
}

fn main() {
    let probes = vec![Probe { url: "https://a/health".into(), ok: false }];
    let failing: Vec<String> = comp![p.url.clone() for p probes.iter() if !p.ok];
    println!("{failing:?}");
}
