//! mistake: `if let Some(v) = s.parse::<u32>()`: `parse` returns a `Result`, matched with `Option`'s pattern
//! offending: Some(v)
//! category: type

struct Config {
    raw_ports: Vec<String>,
}

impl Config {
    fn ports(&self) -> Vec<u32> {
        let mut out = Vec::new();
        for s in &self.raw_ports {
            if let Some(v) = s.trim().parse::<u32>() {
                out.push(v);
            }
        }
        out
    }
}

fn main() {
    let c = Config { raw_ports: vec!["80".into(), " 443".into(), "x".into()] };
    println!("{:?}", c.ports());
}
