//! mistake: moved `svc.unit` into the tuple, then borrowed it for the second item
//! offending: svc.unit.ends_with(".timer")
//! category: ownership
use comprehensions::comp;

struct Service {
    unit: String,
    active: bool,
}

fn list_units() -> Vec<Service> {
    vec![
        Service { unit: "nginx.service".into(), active: true },
        Service { unit: "logrotate.timer".into(), active: true },
        Service { unit: "cups.service".into(), active: false },
    ]
}

fn main() {
    let units = comp![(svc.unit, svc.unit.ends_with(".timer")) for svc in list_units() if svc.active];
    for (unit, is_timer) in units {
        println!("{unit:<20} {}", if is_timer { "timer" } else { "service" });
    }
}
