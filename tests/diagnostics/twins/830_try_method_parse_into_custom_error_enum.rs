//! mistake: `?` on a `ParseIntError` in a method returning a custom error enum that has no `From<ParseIntError>`
//! offending: ?
//! category: try
#[derive(Debug)]
enum ConfigError {
    BadPort(String),
}

struct Config {
    raw_ports: Vec<String>,
}

impl Config {
    fn ports(&self) -> Result<Vec<u16>, ConfigError> {
        let mut out = Vec::new();
        for p in &self.raw_ports {
            out.push(p.parse::<u16>()?);
        }
        Ok(out)
    }
}

fn main() {
    let c = Config { raw_ports: vec!["80".into(), "http".into()] };
    println!("{:?}", c.ports());
    let _ = ConfigError::BadPort(String::new());
}
