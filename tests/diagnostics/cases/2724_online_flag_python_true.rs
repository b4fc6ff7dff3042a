//! mistake: compared the online flag to Python's `True`
//! offending: True
//! category: python-habit
use comprehensions::comp;

struct Device {
    serial: String,
    online: bool,
    firmware: (u8, u8),
}

fn main() {
    let fleet = vec![
        Device { serial: "TH-0001".into(), online: true, firmware: (2, 4) },
        Device { serial: "TH-0002".into(), online: false, firmware: (2, 1) },
    ];
    let outdated = comp![&d.serial for d in &fleet if d.online == True if d.firmware < (2, 3)];
    println!("{outdated:?}");
}
