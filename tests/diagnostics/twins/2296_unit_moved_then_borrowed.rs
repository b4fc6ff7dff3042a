//! mistake: moved `svc.unit` into the tuple, then borrowed it for the second item
//! offending: svc.unit.ends_with(".timer")
//! category: ownership

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
    let units: Vec<(String, bool)> = list_units()
        .into_iter()
        .filter(|svc| svc.active)
        .map(|svc| (svc.unit, svc.unit.ends_with(".timer")))
        .collect();
    for (unit, is_timer) in units {
        println!("{unit:<20} {}", if is_timer { "timer" } else { "service" });
    }
}
