//! mistake: left out `in` between the loop pattern and the iterable
//! offending: probes.iter()
//! category: syntax

struct Probe {
    url: String,
    ok: bool,
}

fn main() {
    let probes = vec![Probe { url: "https://a/health".into(), ok: false }];
    let mut failing: Vec<String> = Vec::new();
    for p probes.iter() {
        if !p.ok {
            failing.push(p.url.clone());
        }
    }
    println!("{failing:?}");
}
