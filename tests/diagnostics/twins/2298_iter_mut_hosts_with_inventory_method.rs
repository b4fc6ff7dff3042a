//! mistake: called a `&self` method of the inventory while iterating its hosts with `iter_mut()`
//! offending: inv.default_port()
//! category: ownership

struct Host {
    name: String,
    port: Option<u16>,
}

struct Inventory {
    hosts: Vec<Host>,
    defaults: Vec<(String, String)>,
}

impl Inventory {
    fn default_port(&self) -> u16 {
        self.defaults
            .iter()
            .find(|(k, _)| k == "ansible_port")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(22)
    }
}

fn fill_port(h: &mut Host, port: u16) -> bool {
    let missing = h.port.is_none();
    h.port.get_or_insert(port);
    missing
}

fn main() {
    let mut inv = Inventory {
        hosts: vec![Host { name: "bastion".into(), port: Some(2222) }, Host { name: "web01".into(), port: None }],
        defaults: vec![("ansible_port".into(), "22".into())],
    };
    let mut filled = Vec::new();
    for h in inv.hosts.iter_mut() {
        if fill_port(h, inv.default_port()) {
            filled.push(h.name.clone());
        }
    }
    println!("filled in ports for {filled:?}");
}
