//! mistake: a method returns a generator with `?` declared as `impl Iterator<Item = u16>`, as a Python generator that raises
//! offending: p.trim().parse::<u16>()?
//! category: try
use comprehensions::comp;

struct Config {
    raw_ports: String,
}

impl Config {
    fn ports(&self) -> impl Iterator<Item = u16> + '_ {
        comp!((p.trim().parse::<u16>()? for p in self.raw_ports.split(',')))
    }
}

fn main() {
    let c = Config { raw_ports: "80, 443,8080".into() };
    for p in c.ports() {
        println!("{p}");
    }
}
