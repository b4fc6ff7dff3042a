//! mistake: called a `&mut self` method on incidents iterated with `&incidents`
//! offending: i.acknowledge()
//! category: ownership
use comprehensions::comp;

struct Incident {
    id: u32,
    severity: u8,
    acked: bool,
}

impl Incident {
    fn acknowledge(&mut self) -> u32 {
        self.acked = true;
        self.id
    }
}

fn main() {
    let mut incidents = vec![
        Incident { id: 101, severity: 2, acked: false },
        Incident { id: 102, severity: 7, acked: false },
    ];
    let auto_acked = comp![i.acknowledge() for i in &incidents if i.severity < 5];
    println!("{auto_acked:?} {}", incidents.len());
    incidents.clear();
}
