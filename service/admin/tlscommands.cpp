// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlscommands.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QProcess>
#include <QSslCertificate>
#include <QSysInfo>
#include <QTemporaryDir>

#include <grp.h>
#include <unistd.h>

namespace hall {

namespace {

constexpr const char* kDefaultDir = "/etc/servicehall/tls";

struct TlsFiles
{
    QString caCert, caKey, cert, key;

    explicit TlsFiles(const QString& dir)
        : caCert(dir + QStringLiteral("/hall-ca.pem")), caKey(dir + QStringLiteral("/hall-ca.key")),
          cert(dir + QStringLiteral("/hall.pem")), key(dir + QStringLiteral("/hall.key"))
    {}
};

/// Runs openssl; on failure says which step failed and what openssl said.
bool openssl(const QStringList& args, const QString& step, AdminIo& io)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        io.err << "hall-admin: " << step << " 失败 (openssl): "
               << (p.error() == QProcess::FailedToStart
                       ? QStringLiteral("找不到 openssl 程序")
                       : QString::fromUtf8(p.readAllStandardError()).trimmed())
               << Qt::endl;
        return false;
    }
    return true;
}

/// Who the certificate is for: the given names, the host's names and every address it has, so a
/// kiosk reaching the server by name or by address both verify.
QStringList subjectAltNames(const QStringList& names)
{
    QStringList out;
    QStringList dns = names;
    dns << QSysInfo::machineHostName() << QStringLiteral("localhost");
    for (const QString& n : dns) {
        QHostAddress asAddress;
        const QString entry =
            asAddress.setAddress(n) ? QStringLiteral("IP:") + n : QStringLiteral("DNS:") + n;
        if (!n.isEmpty() && !out.contains(entry)) {
            out << entry;
        }
    }
    for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
        if (a.isLinkLocal()) {
            continue;
        }
        QHostAddress plain(a);
        plain.setScopeId({});
        const QString entry = QStringLiteral("IP:") + plain.toString();
        if (!out.contains(entry)) {
            out << entry;
        }
    }
    return out;
}

bool restrict(const QString& file, QFileDevice::Permissions permissions, gid_t group, AdminIo& io)
{
    if (!QFile::setPermissions(file, permissions)) {
        io.err << "hall-admin: 无法设置 " << file << " 的权限" << Qt::endl;
        return false;
    }
    if (group != static_cast<gid_t>(-1) && ::chown(QFile::encodeName(file).constData(), -1, group) != 0) {
        io.err << "hall-admin: 无法把 " << file << " 交给组 " << group << Qt::endl;
        return false;
    }
    return true;
}

int init(const QString& dir, const QStringList& names, const QString& groupName, bool renew, AdminIo& io)
{
    gid_t group = static_cast<gid_t>(-1);
    if (!groupName.isEmpty()) {
        const struct group* g = ::getgrnam(groupName.toLocal8Bit().constData());
        if (g == nullptr) {
            io.err << "hall-admin: 没有组 " << groupName << Qt::endl;
            return 1;
        }
        group = g->gr_gid;
    }
    const TlsFiles f(dir);
    if (QFile::exists(f.cert) && !renew) {
        io.err << "hall-admin: " << f.cert << " 已存在；换发新证书请加 --renew" << Qt::endl;
        return 1;
    }
    if (!QDir().mkpath(dir) ||
        !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ExeGroup) ||
        (group != static_cast<gid_t>(-1) && ::chown(QFile::encodeName(dir).constData(), -1, group) != 0)) {
        io.err << "hall-admin: 无法创建目录 " << dir << Qt::endl;
        return 1;
    }
    const QString host = QSysInfo::machineHostName();
    const QString ec = QStringLiteral("ec_paramgen_curve:prime256v1");
    if (!QFile::exists(f.caCert)) {
        // The hall's own authority: ten years, signs only the hall's certificates.
        if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("ec"), QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), f.caKey, QStringLiteral("-out"), f.caCert,
                      QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                      QStringLiteral("/O=ServiceHall/CN=ServiceHall CA %1").arg(host),
                      QStringLiteral("-addext"),
                      QStringLiteral("basicConstraints=critical,CA:TRUE,pathlen:0"),
                      QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                     QStringLiteral("创建大厅证书颁发机构"), io) ||
            !restrict(f.caKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner, static_cast<gid_t>(-1),
                      io) ||
            !restrict(f.caCert,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                          QFileDevice::ReadOther,
                      static_cast<gid_t>(-1), io)) {
            return 1;
        }
    }
    QTemporaryDir work;
    const QString csr = work.filePath(QStringLiteral("hall.csr"));
    const QString ext = work.filePath(QStringLiteral("ext.cnf"));
    const QString leaf = work.filePath(QStringLiteral("leaf.pem"));
    const QStringList sans = subjectAltNames(names);
    QFile extFile(ext);
    if (!work.isValid() || !extFile.open(QIODevice::WriteOnly)) {
        io.err << "hall-admin: 无法创建临时文件" << Qt::endl;
        return 1;
    }
    extFile.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                  "extendedKeyUsage=serverAuth\nsubjectAltName=" +
                  sans.join(QLatin1Char(',')).toUtf8() + '\n');
    extFile.close();
    const QString newKey = f.key + QStringLiteral(".new");
    if (!openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), newKey, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                  QStringLiteral("/O=ServiceHall/CN=%1").arg(names.value(0, host))},
                 QStringLiteral("创建服务证书请求"), io) ||
        !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                  QStringLiteral("-CA"), f.caCert, QStringLiteral("-CAkey"), f.caKey,
                  QStringLiteral("-CAcreateserial"), QStringLiteral("-CAserial"),
                  dir + QStringLiteral("/hall-ca.srl"), QStringLiteral("-days"), QStringLiteral("1825"),
                  QStringLiteral("-extfile"), ext, QStringLiteral("-out"), leaf},
                 QStringLiteral("签发服务证书"), io)) {
        QFile::remove(newKey);
        return 1;
    }
    // The service presents its certificate and the authority's, so a client holding only the
    // authority builds the chain.
    QFile leafFile(leaf);
    QFile caFile(f.caCert);
    QFile chain(f.cert + QStringLiteral(".new"));
    if (!leafFile.open(QIODevice::ReadOnly) || !caFile.open(QIODevice::ReadOnly) ||
        !chain.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        chain.write(leafFile.readAll() + caFile.readAll()) < 0 || !chain.flush()) {
        io.err << "hall-admin: 无法写入 " << f.cert << Qt::endl;
        return 1;
    }
    chain.close();
    const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    if (!restrict(newKey, readable, group, io) ||
        !restrict(chain.fileName(), readable | QFileDevice::ReadOther, static_cast<gid_t>(-1), io)) {
        return 1;
    }
    QFile::remove(f.key);
    QFile::remove(f.cert);
    if (!QFile::rename(newKey, f.key) || !QFile::rename(chain.fileName(), f.cert)) {
        io.err << "hall-admin: 无法替换 " << f.cert << Qt::endl;
        return 1;
    }
    io.err << "大厅证书已" << (renew ? "换发" : "创建") << "：" << f.cert
           << "（名称: " << sans.join(QStringLiteral(", ")) << "）\n取号机、窗口和大厅屏请信任 " << f.caCert
           << "（复制到各设备的 /etc/servicehall/hall-ca.pem）" << Qt::endl;
    return 0;
}

int show(const QString& dir, AdminIo& io)
{
    const TlsFiles f(dir);
    const auto certs = QSslCertificate::fromPath(f.cert);
    const auto cas = QSslCertificate::fromPath(f.caCert);
    if (certs.isEmpty() || cas.isEmpty()) {
        io.err << "hall-admin: " << dir << " 中没有大厅证书；请运行 hall-admin tls init" << Qt::endl;
        return 1;
    }
    const QSslCertificate& c = certs.first();
    QStringList names;
    const auto alt = c.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it) {
        names << it.value();
    }
    io.out << "certificate\t" << f.cert << "\nnames\t" << names.join(QStringLiteral(", ")) << "\nexpires\t"
           << c.expiryDate().toUTC().toString(Qt::ISODate) << "\nauthority\t" << f.caCert
           << "\nauthority-sha256\t" << cas.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper()
           << '\n'
           << Qt::flush;
    return 0;
}

} // namespace

QString tlsUsage()
{
    return QStringLiteral(
        "  tls init [--dir DIR] [--name HOST]... [--group GROUP] [--renew]\n"
        "                        make the hall's certificate authority (once) and the service's\n"
        "                        certificate for this host's names and addresses (default DIR\n"
        "                        /etc/servicehall/tls; the key readable by GROUP)\n"
        "  tls show [--dir DIR]  the certificate's names, expiry and the authority's fingerprint\n");
}

int runTlsCommand(const QStringList& args, AdminIo& io)
{
    const QString verb = args.value(0);
    QString dir = QLatin1String(kDefaultDir);
    QString group;
    QStringList names;
    bool renew = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--renew")) {
            renew = true;
        } else if (i + 1 < args.size() && a == QLatin1String("--dir")) {
            dir = args[++i];
        } else if (i + 1 < args.size() && a == QLatin1String("--name")) {
            names << args[++i];
        } else if (i + 1 < args.size() && a == QLatin1String("--group")) {
            group = args[++i];
        } else {
            return io.misuse(QStringLiteral("tls 命令的参数无效: %1").arg(a), tlsUsage());
        }
    }
    dir = QDir(dir).absolutePath();
    if (verb == QLatin1String("init")) {
        return init(dir, names, group, renew, io);
    }
    if (verb == QLatin1String("show") && names.isEmpty() && group.isEmpty() && !renew) {
        return show(dir, io);
    }
    return io.misuse(QStringLiteral("未知的 tls 命令"), tlsUsage());
}

} // namespace hall
