//! mistake: a method returns an iterator of `parse` results declared as `impl Iterator<Item = u16>`
//! offending: p.trim().parse::<u16>()
//! category: try
struct Config {
    raw_ports: String,
}

impl Config {
    fn ports(&self) -> impl Iterator<Item = u16> + '_ {
        self.raw_ports.split(',').map(|p| p.trim().parse::<u16>())
    }
}

fn main() {
    let c = Config { raw_ports: "80, 443,8080".into() };
    for p in c.ports() {
        println!("{p}");
    }
}
